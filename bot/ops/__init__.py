"""What an operator needs around the bot: scheduler lease, metrics, health endpoint."""
