check no/such/dir
