-- Schema v16: reserved for retention (issue 16/17); its helper fills this file in. No change yet.
SELECT 1;
