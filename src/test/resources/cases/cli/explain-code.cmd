explain-code E-OVERLAP
