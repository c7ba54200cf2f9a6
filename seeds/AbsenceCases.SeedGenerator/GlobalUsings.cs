global using System.Globalization;
global using AbsenceCases.SeedGenerator.Absences;
global using AbsenceCases.SeedGenerator.Check;
global using AbsenceCases.SeedGenerator.Csv;
global using AbsenceCases.SeedGenerator.Dates;
global using AbsenceCases.SeedGenerator.Organisation;
global using AbsenceCases.SeedGenerator.Sampling;
global using AbsenceCases.SeedGenerator.Workforce;
