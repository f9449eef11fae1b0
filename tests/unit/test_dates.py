"""Dates as writers type them and as official documents and portals must show them."""

import pytest

from editor_app.model.dates import check_official_date, normalize_published


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2021/12/2 16:04:59", "2021-12-02 16:04"),  # the seed page's form
        ("2021-12-02 16:04", "2021-12-02 16:04"),
        ("2021年12月2日 9:05", "2021-12-02 09:05"),
        ("2021-12-02", "2021-12-02"),
        ("", ""),
    ],
)
def test_publish_times_in_the_forms_people_type(typed, stored):
    assert normalize_published(typed) == stored


@pytest.mark.parametrize("typed", ["2026-13-45 99:99", "昨天", "2026-02-30"])
def test_impossible_publish_times_are_refused_in_chinese(typed):
    with pytest.raises(ValueError, match="发布时间"):
        normalize_published(typed)


def test_official_dates_follow_gbt9704():
    assert check_official_date("2021年12月2日") is None
    assert "不编虚位" in check_official_date("2021年12月02日")
    assert "年份写全" in check_official_date("21年12月2日")
    assert "不是有效的日期" in check_official_date("2026年2月30日")
