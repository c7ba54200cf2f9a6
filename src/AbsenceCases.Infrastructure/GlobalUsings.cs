global using AbsenceCases.Application.Common.Interfaces;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
