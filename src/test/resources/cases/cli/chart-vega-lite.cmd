chart models/ijsselland 'cno' --over '2023-03 .. 2023-05' --format vega-lite --size 300x200
