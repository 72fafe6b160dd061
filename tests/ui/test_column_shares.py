"""How the partner table shares a narrow width out among its columns (``partners_view.shared_out``)."""

from __future__ import annotations

import pytest

from erasmus_planner.ui.partners_view import shared_out


@pytest.mark.parametrize(
    ("wanted", "least", "room", "expected"),
    [
        ({1: 100, 2: 200}, {1: 50, 2: 50}, 400, {1: 100, 2: 200}),  # room to spare: as wanted
        ({1: 100, 2: 200}, {1: 50, 2: 50}, 150, {1: 50, 2: 100}),  # the same share of each
        ({1: 100, 2: 200}, {1: 90, 2: 50}, 150, {1: 90, 2: 60}),  # one held at its least, the rest shares what is left
        ({1: 100, 2: 200}, {1: 90, 2: 80}, 150, {1: 90, 2: 80}),  # less room than the least: the least (the name gives way)
        ({}, {}, 10, {}),
    ],
)
def test_columns_share_the_room_above_their_least(wanted, least, room, expected):
    shared = shared_out(wanted, least, room)
    assert shared.keys() == expected.keys()
    for column, width in expected.items():
        assert abs(shared[column] - width) <= 1, (column, shared)
    if sum(least.values()) < room:
        assert sum(shared.values()) <= room
