grammar Oasis;
program : EOF ;
