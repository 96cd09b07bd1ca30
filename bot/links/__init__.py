"""Links and phone numbers in what learners forward: found and repaired (`urls`), judged against
the register of official domains and hotlines (`register`, `domains`, `phones`), explained in the
learner's language (`texts`) and measured on labelled sets (`evaluation`). Nothing is fetched."""
