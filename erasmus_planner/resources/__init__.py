"""Data shipped with the planner (rules, agencies, fonts, translations).

Found through ``importlib.resources`` so it works from a source checkout and from
an installed wheel alike, whatever the working directory.
"""
