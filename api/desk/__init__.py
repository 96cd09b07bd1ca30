"""The volunteer desk: learners who asked for a person, and the people who answer them."""
