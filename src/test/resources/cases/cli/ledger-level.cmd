ledger models/ijsselland 'azc_places[IJsselland]'
