// Parse a GIFT file with gift-pegjs (an independent GIFT parser) and print the questions as JSON.
// Used by tests/test_lms_export.py to check that the export is valid GIFT and loses nothing.
const { parse } = require("gift-pegjs");
const fs = require("fs");
process.stdout.write(JSON.stringify(parse(fs.readFileSync(process.argv[2], "utf8"))));
