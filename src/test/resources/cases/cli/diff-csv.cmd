diff examples/town examples/grid --format csv
