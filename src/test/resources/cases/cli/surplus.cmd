query models/ijsselland 'azc - azc_places[IJsselland]' --at 2024-01-01
