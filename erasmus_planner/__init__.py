"""Erasmus+ Consortium Planner: checks KA2 consortia and names the submitting agency."""

__version__ = "0.1.0"
