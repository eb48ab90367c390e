fmt --check models examples
