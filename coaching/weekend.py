"""Which days are the weekend where the user lives: read from the Unicode CLDR's week data (via
Babel) for the country of their time zone, so a Sunday 1:1 in Amman or a Saturday one in Dhaka
is a working day, not "a weekend slot" (round 33)."""

from __future__ import annotations

import functools

from babel.core import Locale, UnknownLocaleError, get_global

#: Monday to Friday at work: where the zone names no country (UTC, Etc/GMT+3).
_SAT_SUN = frozenset({5, 6})
#: CLDR gives Bangladesh Saturday and Sunday, but its weekly holiday is Friday (with Saturday
#: off only in government offices): a Saturday 1:1 there is an ordinary working day.
_NOT_AS_CLDR_SAYS = {"BD": frozenset({4})}


@functools.lru_cache(maxsize=256)
def weekend_days(tz: str | None) -> frozenset[int]:
    """The weekend's days (0 = Monday) for the country of a time zone such as "Asia/Amman"."""
    zone = get_global("zone_aliases").get(tz or "", tz or "")  # "Asia/Calcutta" → Kolkata
    territory = get_global("zone_territories").get(zone)
    if territory is None:
        return _SAT_SUN
    if territory in _NOT_AS_CLDR_SAYS:
        return _NOT_AS_CLDR_SAYS[territory]
    try:
        week = Locale.parse(f"und_{territory}")
    except (UnknownLocaleError, ValueError):
        return _SAT_SUN
    start, end = week.weekend_start, week.weekend_end
    return frozenset((start + n) % 7 for n in range((end - start) % 7 + 1))


def is_weekend(weekday: int, tz: str | None) -> bool:
    return weekday in weekend_days(tz)
