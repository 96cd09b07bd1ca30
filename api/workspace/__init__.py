"""The trainers' workspace: accounts and roles, authoring and review of lessons, insights."""
