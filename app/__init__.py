"""Hearth: private, offline chat with OpenAI's open-weight gpt-oss models."""

__version__ = "0.1.0"
APP_NAME = "Hearth"
APP_ORG = "Hearth"
