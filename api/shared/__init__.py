"""State every app process must agree on, kept in the database: learner locks, replies to
resent messages, the content version."""
