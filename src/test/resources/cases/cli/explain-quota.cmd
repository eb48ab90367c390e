explain models/ijsselland 'azc_places[IJsselland]' --at 2024-01-01
