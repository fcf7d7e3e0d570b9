"""Re-planning lives in the service layer now (services.series_events), where a late time-zone
read and the calendar poll can use it too; these names stay for the listeners that import them."""

from services.series_events import replan_now, series_changed

__all__ = ["replan_now", "series_changed"]
