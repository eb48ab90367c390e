query models/ijsselland 'capacity' --over '2023-W23 .. 2023-W24' --format json
