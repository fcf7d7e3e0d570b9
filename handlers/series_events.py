"""Re-planning lives in the service layer now (services.series_events), where a late time-zone
read can use it too; this name stays for the listeners that import it."""

from services.series_events import series_changed

__all__ = ["series_changed"]
