"""Storage: the ``.epplan`` document, the partner directory, recovery files and locks.

Everything SQLAlchemy- and file-system-specific lives here so the domain stays pure: callers
hand in and get back ``Plan`` / ``Organisation`` values, never rows or sessions.
"""
