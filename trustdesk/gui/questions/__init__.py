"""Honest answers: questions asked at the asker's pace, answers kept as given."""
