"""The places a person in a try-out can share as their location (Telegram's "share location")."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A city and where it is."""

    name: str
    latitude: float
    longitude: float


PLACES = (
    Place("London", 51.5074, -0.1278),
    Place("Berlin", 52.5200, 13.4050),
    Place("Madrid", 40.4168, -3.7038),
    Place("Moscow", 55.7558, 37.6173),
    Place("New York", 40.7128, -74.0060),
    Place("Los Angeles", 34.0522, -118.2437),
    Place("Tokyo", 35.6762, 139.6503),
    Place("Auckland", -36.8485, 174.7633),
)


def place_named(name: str) -> Place | None:
    """The place of this name (any case), if it is one of PLACES."""
    return next((p for p in PLACES if p.name.lower() == " ".join(name.split()).lower()), None)


def place_at(latitude: float, longitude: float) -> Place | None:
    """The place at exactly these coordinates, if it is one of PLACES."""
    return next((p for p in PLACES if (p.latitude, p.longitude) == (latitude, longitude)), None)
