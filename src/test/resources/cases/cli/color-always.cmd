query models/ijsselland capacity --at 2023-02-30 --color=always
