fmt --frobnicate
