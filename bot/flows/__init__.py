"""One module per conversation flow; the turn engine picks one per message (see `bot.policy`)."""
