"""What keeps the public API safe from bad input and heavy use: body and frame limits, rate
limits, learner-id rules, request ids and error logging, and the one error body they answer with."""
