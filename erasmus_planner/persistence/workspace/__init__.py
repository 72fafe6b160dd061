"""The team workspace: a PostgreSQL database shared by a team (team plans with versions, history
and leases; roles enforced by the server; LISTEN/NOTIFY for live updates)."""
