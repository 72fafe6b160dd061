"""The rule kinds, one module per family of rule; ``domain/rule_kinds.py`` gathers them.

- ``base``: what an evaluator receives (``Context``) and returns (``Outcome``), and the registry.
- ``phrasing``: the fragments findings are built from (lists, places, the call's words).
- ``counts``: how many organisations and countries (minimums and maximums).
- ``partner_types``: which kinds of organisation, overall and per country.
- ``applicant``: who applies, from where, of what type, how long established.
- ``partner_countries``: where partners come from, and who counts towards the minimums.
- ``charters``: the Erasmus Charter for Higher Education of universities.
- ``call_choices``: the action's years, field, lot and project type.
- ``partner_identifiers``: OIDs, PICs and partners entered twice.
- ``durations``: the months a project may last.

Import the registry from ``erasmus_planner.domain.rule_kinds``, which loads every family.
"""
