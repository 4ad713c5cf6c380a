"""A shared location names its time zone from offline boundary data."""

import pytest

from bot.domain.parsing.locations import time_zone_for_location


@pytest.mark.parametrize(
    ("latitude", "longitude", "zone"),
    [
        (51.5074, -0.1278, "Europe/London"),
        (40.7128, -74.0060, "America/New_York"),
        (-34.9285, 138.6007, "Australia/Adelaide"),
        (28.6139, 77.2090, "Asia/Kolkata"),
        (-31.5553, 159.0821, "Australia/Lord_Howe"),
    ],
)
def test_cities_resolve_to_their_zone(latitude: float, longitude: float, zone: str) -> None:
    """Points in well-known cities give the city's IANA zone."""
    found = time_zone_for_location(latitude, longitude)
    assert found is not None
    assert found.key == zone


def test_open_sea_has_no_zone() -> None:
    """Mid-ocean points give no zone, so the bot offers UTC offsets instead."""
    assert time_zone_for_location(30.0, -40.0) is None
