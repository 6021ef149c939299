-- Schema v13: reserved for consultation (issue 16/17); its helper fills this file in. No change yet.
SELECT 1;
