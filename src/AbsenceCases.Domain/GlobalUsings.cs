global using AbsenceCases.Domain.Common;
