"""Through hard moments: the Hard moments page, time-outs, the safety page, discreet mode."""
