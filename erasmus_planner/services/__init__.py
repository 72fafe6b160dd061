"""Use cases: open and save plans, edit partners, import, export. The interface calls only these."""
