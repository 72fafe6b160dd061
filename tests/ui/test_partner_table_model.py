"""The partner table model and its filter, without any widget (Vorta style)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from window_driver import school

from erasmus_planner.domain.eligibility import check
from erasmus_planner.domain.model import Organisation, Plan
from erasmus_planner.services.partner_status import partner_statuses
from erasmus_planner.ui.partner_table_model import (
    COL_COUNTRY,
    COL_ID,
    COL_NAME,
    COL_ROLE,
    COL_STATUS,
    COL_TYPE,
    PartnerFilterProxy,
    PartnerRole,
    PartnerTableModel,
    SortRole,
)


@pytest.fixture
def plan() -> Plan:
    return Plan(
        action="strategic-partnership",
        call_year=2019,
        field="school",
        partners=(
            school("Łódź School", "PL", "applicant", pic="910000001"),
            school("Schule Köln", "DE", pic="910000002"),
            school("Escola Porto", "PT", oid="E123"),
        ),
    )


def loaded(plan: Plan) -> PartnerTableModel:
    model = PartnerTableModel()
    model.set_partners(plan.partners, partner_statuses(plan, check(plan)), identifier="PIC")
    return model


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return model.index(row, column).data(role)


def test_rows_show_full_country_names_short_labels_and_identifiers(plan, qapp):
    model = loaded(plan)
    assert model.rowCount() == 3
    assert model.columnCount() == 6
    assert [cell(model, 0, c) for c in (COL_NAME, COL_COUNTRY, COL_TYPE, COL_ROLE, COL_ID)] == [
        "Łódź School",
        "Poland",
        "School",
        "Applicant",
        "PIC 910000001",  # named, as the briefing prints it
    ]
    assert cell(model, 2, COL_ID) == "no PIC yet · OID E123"  # the one the action asks for first
    assert cell(model, 0, COL_TYPE, Qt.ItemDataRole.ToolTipRole).startswith("School / general education")
    assert cell(model, 1, COL_NAME, PartnerRole) is plan.partners[1]


def test_status_column_has_an_icon_and_says_what_is_wrong(plan, qapp):
    model = loaded(plan)
    assert cell(model, 0, COL_STATUS) == "OK"
    assert "Malformed OID" in cell(model, 2, COL_STATUS)
    assert "8 digits" in cell(model, 2, COL_STATUS, Qt.ItemDataRole.ToolTipRole)
    assert "PIC missing" in cell(model, 2, COL_STATUS, Qt.ItemDataRole.ToolTipRole)
    assert not cell(model, 2, COL_STATUS, Qt.ItemDataRole.DecorationRole).isNull()


def test_an_edit_updates_rows_in_place_and_an_addition_inserts_one_row(plan, qapp, qtbot):
    model = loaded(plan)
    edited = plan.with_partner_replaced(plan.partners[1].with_changes(name="Gymnasium Köln"))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_partners(edited.partners, partner_statuses(edited, check(edited)))
    assert cell(model, 1, COL_NAME) == "Gymnasium Köln"

    added = edited.with_partner_added(school("Iskola Pécs", "HU"), index=1)
    with qtbot.waitSignal(model.rowsInserted) as inserted, qtbot.assertNotEmitted(model.modelReset):
        model.set_partners(added.partners, partner_statuses(added, check(added)))
    assert inserted.args[1:] == [1, 1]
    assert cell(model, 1, COL_NAME) == "Iskola Pécs"

    removed = added.with_partner_removed(added.partners[0].id)
    with qtbot.waitSignal(model.rowsRemoved) as gone:
        model.set_partners(removed.partners, partner_statuses(removed, check(removed)))
    assert gone.args[1:] == [0, 0]
    assert model.rowCount() == 3


def test_a_different_plan_resets_the_model(plan, qapp, qtbot):
    model = loaded(plan)
    other = Plan(action="knowledge-alliance", call_year=2018, partners=(school("A", "FR"), school("B", "IT")))
    with qtbot.waitSignal(model.modelReset):
        model.set_partners(other.partners, {})
    assert model.rowCount() == 2


def test_filter_ignores_accents_and_case_and_needs_every_word(plan, qapp):
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(loaded(plan))
    proxy.set_filter_text("lodz")
    assert proxy.rowCount() == 1
    assert proxy.index(0, COL_NAME).data(PartnerRole).name == "Łódź School"
    proxy.set_filter_text("germany school")  # country name and type words
    assert [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())] == ["Schule Köln"]
    proxy.set_filter_text("E123")
    assert proxy.rowCount() == 1
    proxy.set_filter_text("")
    assert proxy.rowCount() == 3


def test_sorting_uses_native_values_role_order_then_problems_first(plan, qapp):
    proxy = PartnerFilterProxy()
    proxy.setSourceModel(loaded(plan))
    proxy.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, COL_NAME).data() == "Escola Porto"
    proxy.sort(COL_ROLE, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, COL_NAME).data() == "Łódź School"
    assert proxy.index(0, COL_ROLE).data(SortRole) == 0


def test_no_children_and_out_of_range_is_empty(plan, qapp):
    model = loaded(plan)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    assert model.row_of(Organisation("X", "PL", "school").id) == -1
