"""Packaging tests: release workflow, installer scripts and the frozen Linux build."""
