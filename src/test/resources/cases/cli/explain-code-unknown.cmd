explain-code e-overlaps
