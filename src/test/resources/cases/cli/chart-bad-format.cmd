chart models/ijsselland 'azc' --over '2023-01 .. 2023-12' --format png
