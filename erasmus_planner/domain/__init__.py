"""The pure core: plans, vocabularies, rules, the eligibility engine and the agency resolver.

Nothing here imports Qt, SQLAlchemy or ReportLab (``tests/domain/test_purity.py`` proves it),
so the command line's ``check`` starts fast and every consumer reads the same Report.
"""
