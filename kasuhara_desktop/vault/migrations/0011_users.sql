-- Schema v11: reserved for users (issue 16/17); its helper fills this file in. No change yet.
SELECT 1;
