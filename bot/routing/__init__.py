"""Which flow answers a learner's message, and how often that choice is right."""
