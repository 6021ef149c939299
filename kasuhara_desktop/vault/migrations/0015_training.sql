-- Schema v15: reserved for training (issue 16/17); its helper fills this file in. No change yet.
SELECT 1;
