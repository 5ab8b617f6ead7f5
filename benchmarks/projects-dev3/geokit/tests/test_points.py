import pytest
from geokit.points import Point, PointFormatError, haversine_km, parse_point


def test_point_rejects_latitude_out_of_range():
    with pytest.raises(ValueError):
        Point(91.0, 0.0)


def test_berlin_to_paris_is_about_878_km(berlin, paris):
    assert haversine_km(berlin, paris) == pytest.approx(878, abs=2)


def test_parse_point_accepts_spaces_around_comma():
    assert parse_point(" 52.52 , 13.405 ") == Point(52.52, 13.405)


def test_parse_point_rejects_three_numbers():
    with pytest.raises(PointFormatError):
        parse_point("1,2,3")
