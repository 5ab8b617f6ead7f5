from datetime import date

from weatherhub.forecast import ForecastClient


def test_returns_requested_number_of_days(forecast_client: ForecastClient) -> None:
    forecast = forecast_client.get_forecast("LHR", days=2)

    assert [d.day for d in forecast] == [date(2024, 5, 1), date(2024, 5, 2)]
    assert forecast[0].precipitation_mm == 1.2
    assert forecast[1].precipitation_mm == 0.0


def test_second_call_within_ttl_is_served_from_cache(forecast_client, http, clock) -> None:
    forecast_client.get_forecast("LHR")
    clock.advance(120)
    forecast_client.get_forecast("LHR")

    assert len(http.calls) == 1
    assert (forecast_client.hits, forecast_client.misses) == (1, 1)


def test_cache_expires_after_ttl(forecast_client, http, clock) -> None:
    forecast_client.get_forecast("LHR")
    clock.advance(301)
    forecast_client.get_forecast("LHR")

    assert len(http.calls) == 2
    assert forecast_client.misses == 2
