explain models/ijsselland 'actual(amv_places[IJsselland])' --at 2024-01-01
