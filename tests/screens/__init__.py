"""Scripts that open real windows on an X display and save screenshots (run under Xvfb)."""
