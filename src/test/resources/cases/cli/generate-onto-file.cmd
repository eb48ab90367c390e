generate README.md --locations 1
